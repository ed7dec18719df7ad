"""Which statement a table is: balance sheet, income statement, cash flows, or none.

The title above a table decides when it names a statement; otherwise the row
labels vote. Tables that are neither (segment data, selected data, financial
data schedules) are kept out, and the reason is recorded for the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import taxonomy_map
from exporter.kinds import EXPORTED, StatementKind
from exporter.read.statement_titles import TITLE_RULES
from exporter.read.tables import CONTINUED, CONTINUED_WORDS, PARENTHETICAL, Table

Statement = StatementKind

NAMES: dict[str, str] = {
    StatementKind.BS: "Balance Sheet",
    StatementKind.IS: "Income Statement",
    StatementKind.CF: "Cash Flow Statement",
    StatementKind.CI: "Statement of Comprehensive Income",
    StatementKind.EQ: "Statement of Stockholders' Equity",
}

_WORDS = taxonomy_map.reader_words()
# the titles naming each statement, tried in the table's order (exporter.read.statement_titles); the row
# labels typical of each statement ("bs:total_assets", taxonomy_map/reader_words.csv)
_TITLE_RULES: list[tuple[str, re.Pattern[str]]] = [(StatementKind(code), pattern) for code, pattern in TITLE_RULES]


def _by_statement(rows: dict[str, str]) -> dict[str, list[str]]:
    """The patterns of ``rows`` by the statement code their key starts with ("bs:total_assets"), in order."""
    out: dict[str, list[str]] = {}
    for key, rx in rows.items():
        out.setdefault(StatementKind(key.split(":")[0]), []).append(rx)
    return out


_LABEL_VOTES = _by_statement(_WORDS["statement_row"])
# titles of tables that print statement lines but are not statements; a title line heading a note or an Item
_NOT_STATEMENT = re.compile(_WORDS["title_word"]["not_statement"], re.I)
_NOTE_OR_ITEM = re.compile(_WORDS["title_word"]["note_or_item"], re.I)
# "CONSOLIDATED SUMMARY OF OPERATIONS": an income statement printed as a summary (reader_words.csv)
_SUMMARY_STATEMENT = re.compile(_WORDS["title_word"]["summary_statement"], re.I)
_SCHEDULE_TAG = re.compile(r"^<[A-Z-]+>")  # a financial data schedule's (EX-27) row: "<CASH>"
# (taxonomy_map/reader_thresholds.csv) a summary of operations over more columns is a five- or ten-year summary,
# no statement; the title lines (nearest the table) that may name its statement; a longer title line is a paragraph
SUMMARY_COLUMNS = int(taxonomy_map.reader_thresholds()["summary_columns"])
TITLE_LINES = int(taxonomy_map.reader_thresholds()["statement_title_lines"])
HEADING_CHARS = int(taxonomy_map.reader_thresholds()["title_heading_chars"])
# the rows of figures a statement prints, at least; the row labels typical of one statement that name
# it, at least, and how many times the runner-up's they must be to name an untitled table
STATEMENT_ROWS = int(taxonomy_map.reader_thresholds()["statement_rows"])
ROW_VOTES = int(taxonomy_map.reader_thresholds()["statement_row_votes"])
VOTE_LEAD = int(taxonomy_map.reader_thresholds()["statement_vote_lead"])
# the title lines nearest a table read for its "(continued)"; for a title naming no statement's table
CONTINUED_LINES = int(taxonomy_map.reader_thresholds()["continued_title_lines"])
NOT_STATEMENT_LINES = int(taxonomy_map.reader_thresholds()["not_statement_title_lines"])


@dataclass(frozen=True)
class Classification:
    statement: Statement | None
    reason: str
    by_title: bool = False
    summary: bool = False  # titled as a summary of operations: the income statement only if none is titled so


def label_votes(labels: list[str]) -> dict[str, int]:
    """For each statement kind, how many of the row wordings typical of it ``labels`` print."""
    votes = dict.fromkeys(_label_vote_patterns(), 0)
    for lab in labels:
        for k, n in _votes_of(lab):
            votes[k] += n
    return votes


@lru_cache(maxsize=8192)
def _votes_of(label: str) -> tuple[tuple[str, int], ...]:
    """How many of each kind's typical wordings one label prints (the kinds it prints any of): once
    per distinct label (a table's labels are voted on again as it is read and continued)."""
    return tuple((k, n) for k, pats in _label_vote_patterns().items() if (n := sum(1 for p in pats if p.search(label))))


@cache
def _label_vote_patterns() -> dict[str, list[re.Pattern[str]]]:
    """:data:`_LABEL_VOTES` compiled once (every table's every label is tried against each)."""
    return {k: [re.compile(p, re.I) for p in pats] for k, pats in _LABEL_VOTES.items()}


def _as_statement(code: str) -> Statement:
    return StatementKind(code)


def _heading(line: str) -> bool:
    """A short title line (a heading), not the tail of a paragraph."""
    return len(line) <= HEADING_CHARS and not re.search(r"[.;:]\s*$", line)


def _not_statement(lines: list[str]) -> str | None:
    """The heading among ``lines`` that names a table that is not a statement, if any."""
    for line in lines:
        if _NOT_STATEMENT.search(line):
            return line
    return None


def _summary_of_operations(window: list[str]) -> str | None:
    """The words of the title lines ``window`` naming an income statement printed as a summary
    ("CONSOLIDATED SUMMARY OF OPERATIONS"), when no title line names another kind of summary
    (selected data, segments, highlights: ``_NOT_STATEMENT`` with those words aside)."""
    found = next((m for line in reversed(window) if (m := _SUMMARY_STATEMENT.search(line))), None)
    if found is None:
        return None
    if any(_NOT_STATEMENT.search(_SUMMARY_STATEMENT.sub(" ", line)) for line in window):
        return None
    return found.group(0)


def continues_statement(lines: list[str], code: str) -> bool:
    """Do the title lines nearest a table say it continues the statement ``code``: a line with
    "(continued)" that names that statement, or says nothing else ("NOTES ... (CONTINUED)" does not)?"""
    for line in lines[-CONTINUED_LINES:]:
        if not CONTINUED.search(line):
            continue
        rest = CONTINUED_WORDS.sub(" ", line).strip(" -:.,")
        named = next((c for c, pattern in _TITLE_RULES if pattern.search(rest)), None)
        if named == code or not rest:
            return True
    return False


def titled_as(lines: list[str], code: str) -> bool:
    """Does the title line nearest a table that names a statement name ``code`` (a statement's last
    lines on a page of their own under its title and column headings repeated, no "(continued)")?"""
    for line in reversed([line for line in lines[-TITLE_LINES:] if _heading(line)]):
        named = next((c for c, pattern in _TITLE_RULES if pattern.search(line)), None)
        if named is not None:
            return named == code
    return False


def named_statement(line: str) -> str | None:
    """The statement a heading line names ("CONSOLIDATED STATEMENTS OF CASH FLOWS"), if it names one."""
    if not _heading(line) or _NOT_STATEMENT.search(line) or _NOTE_OR_ITEM.match(line):
        return None
    return next((c for c, pattern in _TITLE_RULES if pattern.search(line)), None)


def titled_nothing(lines: list[str]) -> bool:
    """Do the title lines nearest a table name nothing: no statement, no other table, no note or
    item (a statement's next part run on under no title, only a page's running head or number)?"""
    return not any(_NOT_STATEMENT.search(line) or _NOTE_OR_ITEM.match(line)
                   or any(pattern.search(line) for _, pattern in _TITLE_RULES)
                   for line in lines[-TITLE_LINES:] if _heading(line))


def classify(table: Table) -> Classification:
    """Say which statement ``table`` is, and why."""
    # only headings name a statement: "The following table sets forth our consolidated statements
    # of income data:" introduces an MD&A excerpt
    window = [line for line in table.title[-TITLE_LINES:] if _heading(line)]
    title = " ".join(window)
    labels = [r.label for r in table.value_rows()]
    if len(labels) < STATEMENT_ROWS and not (labels and PARENTHETICAL.search(title)):
        return Classification(None, f"fewer than {STATEMENT_ROWS} rows with values")
    if any(_SCHEDULE_TAG.match(r.raw_label) for r in table.rows):
        return Classification(None, "a financial data schedule (EX-27), not a statement")
    votes = label_votes(labels)
    summary = _summary_of_operations(window)
    if summary is not None and table.ncols <= SUMMARY_COLUMNS and votes[StatementKind.IS] >= ROW_VOTES \
            and votes[StatementKind.IS] == max(votes.values()):
        return Classification(_as_statement(StatementKind.IS), f"title says {summary!r}, a summary of operations",
                              by_title=True, summary=True)
    for code, pattern in _TITLE_RULES:
        if pattern.search(title):
            if code in EXPORTED and votes.get(code, 0) == 0 and max(votes.values()) >= ROW_VOTES:
                break  # the title names another table nearby; let the rows decide
            # the line that names the statement, and the headings between it and the table
            at = max(i for i, line in enumerate(window) if pattern.search(line)) if any(
                pattern.search(line) for line in window) else 0
            other = _not_statement(window[at:])
            if other is not None:
                return Classification(None, f"title {other!r} names a summary, supplement or non-GAAP "
                                            f"table, not a statement")
            found = pattern.search(title)
            said = found.group(0) if found else code
            return Classification(_as_statement(code), f"title says {said!r}", by_title=True)
    other = _not_statement(window[-NOT_STATEMENT_LINES:])
    if other is not None:
        return Classification(None, f"title {other!r} names a summary, supplement or non-GAAP "
                                    f"table, not a statement")
    best = max(votes, key=lambda k: votes[k])
    if votes[best] >= ROW_VOTES and votes[best] >= VOTE_LEAD * sorted(votes.values())[-2]:
        return Classification(_as_statement(best),
                              f"{votes[best]} row labels typical of a {NAMES[best].lower()}")
    return Classification(None, "neither the title nor the row labels name a statement")
