"""A statement printed over several tables: which table, naming no statement itself, is the next
part of the statement before it, and the parts joined into one table.

A page of a statement's last lines under "(continued)", under its title and column headings
repeated, or under its column headings alone; an income statement's share counts or per-share
lines in a small table of their own right under it; its consolidated lines below sector columns:
each too short to classify alone (:func:`may_continue`), kept only if it joins the statement
(:func:`merge_continuations`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.read.stacked_headings import PERIOD_HEADING
from exporter.read.tables import CONTINUED, PARENTHETICAL, Row, Table
from exporter.understand.facts import PER_SHARE, SHARE_COUNT_HEADING
from exporter.understand.periods import ColumnDate, lengths_by_position, parse_column
from exporter.understand.sectors import consolidated_below, with_consolidated_columns
from exporter.understand.statements import continues_statement, label_votes, titled_as, titled_nothing

# the line that closes a statement: none after it continues it on the next page (taxonomy_map/reader_words.csv)
_CLOSING: dict[str, re.Pattern[str]] = {
    StatementKind(code): re.compile(rx, re.I) for code, rx in taxonomy_map.reader_words()["statement_closing"].items()}
_DATED = re.compile(r"\b(?:19|20)\d\d\b")


def may_continue(prev: tuple[Table, str, str, bool], table: Table) -> bool:
    """Is ``table``, which names no statement, perhaps the next part of the statement table ``prev``
    found right before it in the same document: a page of its last lines under "(continued)", or
    under its title and column headings repeated, or under its column headings alone, its share
    counts below it, its consolidated lines below its sector columns?"""
    return prev[0].document is table.document and bool(table.value_rows()) and (
        continues_statement(table.title, prev[1]) or _repeats_heading(prev[0], table, prev[1])
        or _next_part(prev, table) or _counts_below(prev, table) or consolidated_below(prev[0], table))


def _repeats_heading(prev: Table, table: Table, code: str) -> bool:
    """Is ``table`` headed as the statement ``prev`` is, which has not printed its closing line yet:
    its title naming that statement, and the same column headings, each naming a date?"""
    return _still_open(prev, code) is not None and titled_as(table.title, code) and bool(table.headers) \
        and all(_DATED.search(h) for h in table.headers) and _same_headings(prev, table)


def _same_headings(a: Table, b: Table) -> bool:
    return [h.lower() for h in a.headers] == [h.lower() for h in b.headers]


def _still_open(prev: Table, code: str) -> re.Pattern[str] | None:
    """The line that closes a statement ``code`` when the table ``prev`` of it has not printed one yet."""
    closing = _CLOSING.get(code)
    return None if closing is None or any(closing.search(r.label) for r in prev.value_rows()) else closing


def titled_parenthetical(table: Table) -> bool:
    """Is ``table`` titled as a statement's "(Parenthetical)" table?"""
    return any(PARENTHETICAL.search(x) for x in table.title[-4:])


def _next_part(prev: tuple[Table, str, str, bool], table: Table) -> bool:
    """Does ``table``, which names no statement, look like the next part of the statement table
    ``prev``: the next table of the same document, under the same column headings, printing the
    line that closes the statement where ``prev`` prints none, its row labels typical of that
    statement as much as of any other (a cash-flow statement's financing activities and closing cash
    over a page break, headed by the years again and titled only by the page's running head), or
    under no column headings and no title at all? It is kept only if it joins the statement
    (:func:`merge_continuations`)."""
    last, code = prev[0], prev[1]
    same_heads = _same_headings(last, table) and any(h.strip() for h in table.headers)
    # or run on under no column headings and no title at all (the page's running head or number aside)
    bare = not any(h.strip() for h in table.headers) and table.ncols == last.ncols and titled_nothing(table.title)
    if last.document is not table.document or table.index != last.index + 1 or not (same_heads or bare):
        return False
    closing = _still_open(last, code)
    if closing is None or not any(closing.search(r.label) for r in table.value_rows()):
        return False  # the part before closes the statement, or this table does not
    votes = label_votes([r.label for r in table.value_rows()])
    return votes.get(code, 0) > 0 and votes[code] == max(votes.values())


# "Basic", "Diluted", "Basic and diluted": a per-share line or share count named by its basis alone
_BASIS = re.compile(taxonomy_map.reader_words()["line_word"]["basis"], re.I)
# "Per share data:", "Earnings per share:": a title line heading per-share lines
_PER_SHARE_HEADING = re.compile(taxonomy_map.reader_words()["heading_word"]["per_share"], re.I)


def _counts_below(prev: tuple[Table, str, str, bool], table: Table) -> bool:
    """Is ``table`` an income statement's share counts or per-share lines printed in a small table
    of their own right under it ("Shares used in computing earnings per share:" over "Basic" and
    "Diluted"; "Basic earnings per share" and "Diluted earnings per share" under no title): the
    next table of the same document, under the same column headings, under none, or under only
    the years those headings print, and either titled by its nearest line as share counts, each of
    its lines a whole number, or titled by nothing or as per-share figures, each of its lines (under
    that title) a per-share figure or a share count? It is kept only if it joins the statement, the
    title line heading its lines there (:func:`merge_continuations`)."""
    last, code = prev[0], prev[1]
    if code != StatementKind.IS or last.document is not table.document or table.index != last.index + 1:
        return False
    bare = not any(h.strip() for h in table.headers) and table.ncols == last.ncols
    if not (bare or _same_headings(last, table) or _years_alone(last, table)):
        return False
    over = _counts_title(table)
    if SHARE_COUNT_HEADING.match(over):
        return all(c is None or c.printed.places == 0 for r in table.value_rows() for c in r.cells)
    if not over and not titled_nothing(table.title):
        return False
    labels = [r.label for r in table.value_rows()]
    return bool(labels) and any(PER_SHARE.search(x) for x in (over, *labels)) and all(
        PER_SHARE.search(x) or SHARE_COUNT_HEADING.match(x) or (over and _BASIS.match(x)) for x in labels)


_YEAR_ALONE = re.compile(r"\s*(fiscal\s+)?(19|20)\d\d\s*")


def _years_alone(last: Table, table: Table) -> bool:
    """Are ``table``'s column headings the years alone that ``last``'s headings print, column by column
    ("2024" under "Year Ended December 31, 2024")?"""
    return table.ncols == last.ncols and len(table.headers) == len(last.headers) and all(
        _YEAR_ALONE.fullmatch(h) and h.strip() in mine for h, mine in zip(table.headers, last.headers, strict=True))


def _counts_title(table: Table) -> str:
    """The title line right over a table that names share counts ("Shares used in computing
    earnings per share:", "Weighted average shares outstanding:") or per-share figures ("Per share
    data:", "Earnings per share:"), or ""."""
    over = table.title[-1].strip() if table.title else ""
    return over if SHARE_COUNT_HEADING.match(over) or _PER_SHARE_HEADING.match(over) else ""


def _continues(prev: Table, last: int, table: Table, cols_prev: list[ColumnDate], cols: list[ColumnDate]) -> bool:
    """Is ``table`` the next part of the statement ``prev`` whose last part is table ``last`` (the
    next table of the same document, as many value columns, none of another length of time, and
    headed by the same dates, by none, or titled "(continued)")?"""
    if prev.document is not table.document or table.index != last + 1 or prev.ncols != table.ncols:
        return False
    if _other_lengths(cols_prev, cols):
        return False  # the nine months after the three months ending the same day: another statement
    if _same_headings(prev, table):
        return True
    if any(CONTINUED.search(line) for line in table.title[-4:]):
        return True
    mine = [c.end for c in cols]
    return not any(mine) or mine == [c.end for c in cols_prev]


def _closed_twice(prev: Table, table: Table, code: str) -> bool:
    """Do both ``prev`` and ``table`` print the line that closes a statement ``code`` ("Net income",
    "Total liabilities and stockholders' equity"; "Net income per share" closes none)? Then
    ``table`` is no next part of ``prev``'s statement but a table of its own (an overview repeating
    the lines for each entity, another entity's statement) under the same column headings."""
    closing = _CLOSING.get(code)
    return closing is not None and _still_open(prev, code) is None \
        and any(closing.search(r.label) and not PER_SHARE.search(r.label) for r in table.value_rows())


def _other_lengths(cols_prev: list[ColumnDate], cols: list[ColumnDate]) -> bool:
    """Do the two tables' columns, position by position, cover lengths of time that both print and
    that differ ("Three Months Ended" over one, "Nine Months Ended" over the other)?"""
    return any((a.months is not None and b.months is not None and a.months != b.months)
               or (a.weeks is not None and b.weeks is not None and a.weeks != b.weeks)
               for a, b in zip(cols_prev, cols, strict=False))


def _headed(table: Table, code: str) -> list[Row]:
    """``table``'s rows as a continuation: a table of share counts under a title line of its own
    (:func:`_counts_below`) has that line as the heading its lines stand under."""
    over = _counts_title(table) if code == StatementKind.IS else ""
    if not over or any(r.is_heading for r in table.rows):
        return table.rows
    heading = Row(over, [None] * table.ncols, table.first_line)
    under = over if over.endswith(":") else ""
    return [heading, *(replace(r, section=r.section or over, parent_label=r.parent_label or under)
                       for r in table.rows)]


def merge_continuations(
    found: list[tuple[Table, str, str, bool]],
) -> list[tuple[Table, str, str, bool]]:
    """A statement printed over two tables (assets on one page, liabilities and equity on the
    next; "BALANCE SHEETS (Continued)") is read as one."""
    out: list[tuple[Table, str, str, bool]] = []
    last: dict[int, int] = {}  # id of a merged table -> index of its last part
    for table, code, reason, by_title in found:
        if out:
            prev, prev_code, prev_reason, prev_by_title = out[-1]
            cols_prev = [parse_column(h, " ".join(prev.title)) for h in lengths_by_position(prev.headers, prev.title)]
            cols = [parse_column(h, " ".join(table.title)) for h in lengths_by_position(table.headers, table.title)]
            # a table titled as the statement starts it: it does not continue an untitled table before it
            starts = by_title and not prev_by_title and not any(CONTINUED.search(x) for x in table.title[-4:])
            # a statement's "(Parenthetical)" table states its labels' numbers: no part of its lines
            aside = titled_parenthetical(table)
            if prev_code == code and not starts and consolidated_below(prev, table, last.get(id(prev), prev.index)):
                widened = with_consolidated_columns(prev, table)
                last[id(widened)] = table.index
                out[-1] = (widened, code, prev_reason + f"; its consolidated lines in table {table.index + 1}",
                           prev_by_title)
                continue
            if prev_code == code and not starts and not aside and not _closed_twice(prev, table, code) and _continues(
                    prev, last.get(id(prev), prev.index), table, cols_prev, cols):
                rows = [*prev.rows, *_headed(table, code)]
                merged = Table(prev.document, prev.index, prev.title, prev.headers, [], prev.first_line,
                               table.last_line, table.notes, prev.position)
                for i, r in enumerate(rows):
                    merged.rows.append(replace(r, index=i))
                last[id(merged)] = table.index
                out[-1] = (merged, code, prev_reason + f"; continued in table {table.index + 1}",
                           prev_by_title or by_title)
                continue
            if prev_code == code and prev_by_title and _below_for_other_lengths(
                    prev, last.get(id(prev), prev.index), table, cols_prev, cols):
                # under the title (and scale) above both, not its length of time
                above = [line for line in prev.title if not PERIOD_HEADING.search(line)]
                table = replace(table, title=[*above, *table.title])
                reason += f"; printed right under table {prev.index + 1}, its statement of other periods"
                by_title = True
        out.append((table, code, reason, by_title))
    return out


def _below_for_other_lengths(prev: Table, last: int, table: Table, cols_prev: list[ColumnDate],
                             cols: list[ColumnDate]) -> bool:
    """Is ``table``, titled nothing, the next table after the titled statement ``prev`` (whose last
    part is table ``last``), as many value columns, each heading a length of time other than the
    one over it in ``prev`` ("Nine Months Ended" under the statement's "Three Months Ended")? An
    earnings release's year to date typed under its quarter: the same statement of other periods,
    under the title above both."""
    return (prev.document is table.document and table.index == last + 1
            and prev.ncols == table.ncols and titled_nothing(table.title) and _other_lengths(cols_prev, cols))
