"""From a filing to statements: find the tables, classify them, resolve periods, build facts.

This is the reading half of the pipeline; nothing here writes files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

import taxonomy_map
from exporter.check.cross import cross_findings, printed_share_counts, unstated_scales
from exporter.check.finding import Finding
from exporter.kinds import EXPORTED, StatementKind
from exporter.map import mapping
from exporter.map.mapping import RETIRED_ITEM, concept_info
from exporter.map.overrides import Overrides
from exporter.read.documents import Document, Filing, ParsedDocument
from exporter.read.provenance import locate
from exporter.read.stacked_headings import PERIOD_HEADING
from exporter.read.tables import CONTINUED, PARENTHETICAL, Cell, Row, Table
from exporter.read.text_tables import text_tables
from exporter.understand import signs
from exporter.understand.arithmetic import find_sums
from exporter.understand.balance_dates import balance_date, equity_balance_dates, opened_above
from exporter.understand.choice import choose, runners_up
from exporter.understand.conflicts import drop_conflicts, give_way_across
from exporter.understand.facts import (
    LOSS_NAMED,
    OUTFLOW,
    PER_SHARE,
    RECEIPT_NAMED,
    REVERSES,
    SHARE_COUNT_HEADING,
    any_negative_shown,
    build_lines,
    heading_paths,
    name_words,
    negative_shown,
)
from exporter.understand.footnote_blocks import footnote_block
from exporter.understand.misprints import sign_fixes
from exporter.understand.naming import extension_name
from exporter.understand.new_fact import new_fact
from exporter.understand.parentheticals import parenthetical_facts
from exporter.understand.periods import (
    ColumnDate,
    FiscalCalendar,
    Period,
    cover_period_end,
    dates_by_position,
    find_dates,
    fiscal_year_names,
    infer_calendar,
    lengths_by_position,
    ordinal_quarter,
    parse_column,
    quarters_by_year,
    resolve,
    shared_month_day,
    snap,
    to_date_through_quarters,
    year_to_date_months,
)
from exporter.understand.ratios import ratio_cells, ratio_columns, ratio_lines, ratio_name, share_base
from exporter.understand.readings import Reading, decide
from exporter.understand.records import UNIT_OF_KIND, Fact, Line, Statement, UnitKind
from exporter.understand.repeats import cash_flow_start, same_lines
from exporter.understand.restatements import superseded_columns
from exporter.understand.scale import Scale, detect_scale, document_scale, footer_scale
from exporter.understand.sectors import CONSOLIDATED, consolidated_below, sector_sections, with_consolidated_columns
from exporter.understand.sign_refuted import give_way
from exporter.understand.statements import (
    classify,
    continues_statement,
    label_votes,
    titled_as,
    titled_nothing,
)
from taxonomy_map.reserved import standard_names

SKIP_TYPES = re.compile(r"^(EX-27|EX-101|GRAPHIC|ZIP|PDF|XML|JSON|EXCEL)", re.I)


@dataclass
class Extraction:
    """Everything read from one filing."""

    statements: list[Statement] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (table, why not a statement)
    calendar: FiscalCalendar = field(default_factory=FiscalCalendar)
    warnings: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # the statements disagree with each other
    parsed: list[ParsedDocument] = field(default_factory=list)  # each document read, with its tables

    @property
    def documents(self) -> list[Document]:
        return [p.document for p in self.parsed]

    @property
    def facts(self) -> list[Fact]:
        return [f for s in self.statements for f in s.facts]


def read_document(doc: Document) -> ParsedDocument:
    """``doc`` and its tables; an HTML document with its tree, for the readers and writers after."""
    if doc.kind == "html":
        from exporter.read.css_grid import table_elements
        from exporter.read.html_tables import html_tables
        from exporter.read.html_tree import parse_html
        from exporter.read.pre_tables import in_document_order, pre_tables

        root = parse_html(doc.text)
        if root is None:
            return ParsedDocument(doc)
        layout = tuple(table_elements(root))
        tables = html_tables(doc, root, layout)
        # statements printed as preformatted text too
        tables = in_document_order(root, tables, pre_tables(doc, root), layout)
        return ParsedDocument(doc, tuple(tables), root, layout)
    return ParsedDocument(doc, tuple(text_tables(doc)))


def document_tables(doc: Document) -> list[Table]:
    return list(read_document(doc).tables)


_NAMED_FOR_ITS_END_FROM = 3  # the first month of a year end whose years are named for the year they end in
_RATIO_HEADER = re.compile(r"%|\bpercent(age)?\s+(of|change)|\bchange\b|\bvariance\b", re.I)
# a column of figures as they would have been, not as reported (taxonomy_map/reader_words.csv)
_HYPOTHETICAL = re.compile(taxonomy_map.reader_words()["heading_word"]["hypothetical"], re.I)


def _column_is_percent(table: Table, col: int) -> bool:
    """A column of percentages or changes ("% Sales", "% Change"): not a period's amounts."""
    if col < len(table.headers) and _RATIO_HEADER.search(table.headers[col]):
        return True
    cells = [r.cells[col] for r in table.value_rows() if col < len(r.cells) and r.cells[col]]
    pct = sum(1 for c in cells if c is not None and c.printed.percent)
    return bool(cells) and pct * 2 >= len(cells)


def _repeats_heading(prev: Table, table: Table, code: str) -> bool:
    """Is ``table`` headed as the statement ``prev`` is, which has not printed its closing line yet:
    its title naming that statement, and the same column headings, each naming a date?"""
    return _still_open(prev, code) is not None and titled_as(table.title, code) and bool(table.headers) \
        and all(_DATED.search(h) for h in table.headers) and _same_headings(prev, table)


def extract(filing: Filing, overrides: Overrides | None = None) -> Extraction:
    out = Extraction()
    found: list[tuple[Table, str, str, bool]] = []
    fragments: dict[int, str] = {}  # id of a short "(continued)" table -> why it is no statement alone
    seen_text: set[int] = set()
    balances: list[date] = []  # the dates statements of equity print balances at
    summaries: set[int] = set()  # ids of tables titled as a summary of operations
    for doc in filing.documents:
        if doc.doc_type and SKIP_TYPES.match(doc.doc_type):
            continue
        if hash(doc.text) in seen_text:
            continue  # the same document filed twice in one submission
        seen_text.add(hash(doc.text))
        document = read_document(doc)
        out.parsed.append(document)
        for table in document.tables:
            cls = classify(table)
            if cls.statement == StatementKind.EQ:
                balances.extend(equity_balance_dates(table))
            if cls.statement in EXPORTED:
                found.append((table, cls.statement, cls.reason, cls.by_title))
                if cls.summary:
                    summaries.add(id(table))
            elif cls.statement is None and found and found[-1][0].document is table.document \
                    and table.value_rows() and (continues_statement(table.title, found[-1][1])
                                                or _repeats_heading(found[-1][0], table, found[-1][1])
                                                or _next_part(found[-1], table)
                                                or _counts_below(found[-1], table)
                                                or consolidated_below(found[-1][0], table)):
                # a page of a statement's last lines under "(continued)", or under its title and
                # column headings repeated, or under its column headings alone: too short to classify
                # alone, it may still be the statement's next part (kept only if it joins it)
                fragments[id(table)] = cls.reason
                found.append((table, found[-1][1], cls.reason, False))
            else:
                out.skipped.append((table.where, cls.reason if cls.statement is None
                                    else f"a {cls.statement} statement (not exported yet)"))
    # a summary of operations is the income statement only where no table is titled as one
    found = _without_summaries(found, summaries, out)
    # one scored decision over every table: the statements, and why each rival lost
    merged = _merge_continuations(found)
    out.skipped.extend((t.where, fragments[id(t)]) for t, _, _, _ in merged if id(t) in fragments)
    merged = [m for m in merged if id(m[0]) not in fragments]
    # a statement's "(Parenthetical)" table is never the statement itself: read beside it (_asides)
    parenthetical = [m for m in merged if _titled_parenthetical(m[0])]
    merged = [m for m in merged if not any(m[0] is p[0] for p in parenthetical)]
    kept, lost = choose(merged)
    out.skipped.extend(lost)
    # the fiscal calendar from every date the statements print
    col_dates: list[date] = []
    bs_dates: list[date] = []
    year_ends: list[date] = []
    parsed: dict[int, list[ColumnDate]] = {}
    # full dates the statements print in titles and headers: a year-only column takes its day there
    printed = tuple(sorted({d for table, _, _ in kept for d in find_dates(" ".join(table.title + table.headers))}))
    # the period the cover reports dates year-only columns that nothing else dates
    cover = next((d for doc in out.documents if (d := cover_period_end(doc.text))), None)
    if cover is not None:
        printed = tuple(sorted({*printed, cover}))
    # else the one month and day all those dates share (the year end of a document printing only years)
    fallback = (cover.month, cover.day) if cover else shared_month_day(printed)
    # else, for a column of a whole year, the fiscal year end the SEC header declares ("1231"): not a
    # quarter's nor a half's end, and not a year end in January or February, a year many retailers
    # name for the calendar year it starts in ("2004" ending January 29, 2005)
    # (a quarter named by its number, "Fourth Quarter" over "1997", or a half or nine months, the year
    # to date, ends a whole number of quarters after the year end before)
    fye = filing.header.fiscal_year_end
    year_end = (int(fye[:2]), int(fye[2:])) if fallback is None and fye \
        and int(fye[:2]) >= _NAMED_FOR_ITS_END_FROM else None

    def columns(table: Table) -> list[ColumnDate]:
        headers = lengths_by_position(table.headers, table.title)
        headers = fiscal_year_names(dates_by_position(headers, table.title), cover)
        title = " ".join(table.title)
        read = [parse_column(h, title, printed, fallback) for h in headers]
        dated = [_by_year_end(h, c, title, printed, year_end) for h, c in zip(headers, read, strict=True)]
        for y, q in quarters_by_year(headers, read, dated).items():
            quarters.setdefault(y, q)
        return to_date_through_quarters(headers, read, dated, quarters)

    # the quarters named by their number, by year: a year to date of that year ends with its quarter
    quarters: dict[str, ColumnDate] = {}
    for table, _, _ in kept:
        columns(table)
    for table, code, _ in kept:
        cols = parsed[id(table)] = columns(table)
        for c in cols:
            if c.end and c.exact:
                col_dates.append(c.end)
                if code == StatementKind.BS:
                    bs_dates.append(c.end)
                elif c.months == 12 or (c.weeks or 0) >= 52:
                    year_ends.append(c.end)
    out.calendar = infer_calendar(col_dates, filing.header.fiscal_year_end, bs_dates, year_ends, balances)
    for key, cols in parsed.items():
        parsed[key] = [snap(c, out.calendar) for c in cols]
    _year_to_date(kept, parsed, filing.header.fiscal_year_end, out)
    company = name_words(filing.header.company or _company_line(kept))
    # what the company's statements show anywhere: a bank's or insurer's lines; and whether its results
    # (the income statement) show noncontrolling interests: a balance sheet's NCI equity line or a
    # cash-flow statement's distributions to them alone do not make its net income a total including
    # them (ProfitLoss); a statement's own NCI lines count for that statement (facts.build_lines)
    results = " ".join(r.label for table, code, _ in kept if code == StatementKind.IS for r in table.rows)
    shown = [r.label for table, _, _ in kept for r in table.rows]
    company_marks = (mapping.industries(shown), bool(mapping.NCI_LINES.search(results)))

    def read(tables: list[tuple[Table, str, str]], other: dict[int, list[ColumnDate]]) -> Reading:
        for kind in tables:
            if id(kind[0]) not in parsed:  # a table that lost on its score, read in its stead
                parsed[id(kind[0])] = [snap(c, out.calendar) for c in columns(kind[0])]
                _year_to_date([kind], parsed, filing.header.fiscal_year_end, Extraction())
        reading = _read(tables, {**parsed, **other}, out.calendar, overrides, company, company_marks)
        reading.columns = other
        return reading

    first = read(kept, {})
    first.what = "the tables chosen by their scores, with the scales and periods they print"
    chosen, decided = decide(first, lambda: runners_up(merged, kept), lambda t: parsed.get(id(t), []),
                             _rescaled, read)
    now_kept = {t.where for t, _, _ in chosen.kept}
    out.skipped = [(w, why) for w, why in out.skipped if w not in now_kept] + chosen.skipped
    out.statements = chosen.statements
    out.warnings.extend(chosen.warnings)
    out.warnings.extend(f.message for f in decided)
    for table, code, reason in _asides(parenthetical, out.statements):
        cols = [snap(c, out.calendar) for c in columns(table)]
        aside = _aside(table, code, reason, cols, out, overrides, company, company_marks)
        if aside is not None:
            _name_extensions([*out.statements, aside])
            _facts_afresh(aside)
            out.statements.append(aside)
    read_aside = {id(st.table) for st in out.statements if st.aside}
    out.skipped.extend((t.where, f"a {code} statement's parenthetical table with no {code} statement before it")
                       for t, code, _, _ in parenthetical if id(t) not in read_aside)
    # one concept printed with other figures elsewhere (a parenthetical's figure that differs is a conflict)
    for st in give_way_across([st for st in out.statements if not st.aside]):
        sign_lines(st)
        _facts_afresh(st)
    out.findings = cross_findings(out.statements)  # before conflicts are dropped: they are evidence
    out.findings += decided
    drop_conflicts(out.statements, out.warnings, out.findings)
    return out


def _read(kept: list[tuple[Table, str, str]], parsed: dict[int, list[ColumnDate]], calendar: FiscalCalendar,
          overrides: Overrides | None, company: frozenset[str], company_marks: tuple[frozenset[str], bool]) -> Reading:
    """The statements of the ``kept`` tables, with what reading them said: one whole reading."""
    out = Extraction(calendar=calendar)
    for table, code, reason in kept:
        st = _statement(table, code, reason, parsed[id(table)], out, overrides, company, company_marks,
                        [s for s in out.statements if s.code == StatementKind.BS])
        if st is not None:
            out.statements.append(st)
    for st in same_lines(out.statements):
        sign_lines(st)  # a line's sign follows its (now shared) concept
    for st in cash_flow_start(out.statements):
        sign_lines(st)  # the cash flows start from the income statement's line: its concept, its sign
    for st in out.statements:
        if give_way(st):  # a concept whose signs the document refutes gave way to its runner-up
            sign_lines(st)
    _name_extensions(out.statements)
    for st in out.statements:
        _facts_afresh(st)
    # a statement that states no scale takes the scale of one its figures agree with
    for st in out.statements:
        agreed = unstated_scales(out.statements).get(id(st))
        if agreed is not None:
            other, why = agreed
            st.scale = replace(other.scale, source=f"no scale printed; {why}", stated=False)
            out.warnings.append(f"{st.table.where}: no scale printed; read at the scale of {other.table.where} "
                                f"because {why}")
            _facts_afresh(st)
    for st in out.statements:
        in_full = printed_share_counts(st)
        if in_full is not None:
            st.scale = replace(st.scale, shares=0, source=f"{st.scale.source}; share counts as printed: {in_full}")
            out.warnings.append(f"{st.table.where}: share counts read as printed, not at the stated scale, "
                                f"because {in_full}")
            _facts_afresh(st)
    return Reading("", out.statements, kept, out.warnings, out.skipped)


def _asides(parenthetical: list[tuple[Table, str, str, bool]], statements: list[Statement]
            ) -> list[tuple[Table, str, str]]:
    """The "(Parenthetical)" tables printed after a statement of their kind in the same document
    (what its labels leave out: par value, shares authorized and issued, allowances); the others are
    not read."""
    out = []
    for table, code, reason, _ in parenthetical:
        if any(st.code == code and st.table.document is table.document and st.table.index < table.index
               and not st.aside for st in statements):
            out.append((table, code, f"the parenthetical table of its {code} statement; {reason}"))
    return out


def _aside(table: Table, code: str, reason: str, cols: list[ColumnDate], out: Extraction,
           overrides: Overrides | None, company: frozenset[str],
           company_marks: tuple[frozenset[str], bool]) -> Statement | None:
    """A parenthetical table read as its statement's facts at its columns' dates, at the scale it
    prints itself (none printed: as printed), each line in the unit its label names."""
    st = _statement(table, code, reason, cols, out, overrides, company, company_marks, aside=True)
    if st is None:
        return None
    if not st.scale.stated:
        st.scale = replace(st.scale, money=0, shares=0, per_share=0, source="no scale printed: as printed")
    in_full = printed_share_counts(st)
    if in_full is not None:
        st.scale = replace(st.scale, shares=0, source=f"{st.scale.source}; share counts as printed: {in_full}")
    return st


def _rescaled(st: Statement, scale: Scale) -> Statement:
    """``st`` read again at ``scale`` (a copy: the reading it belongs to is kept as it was)."""
    copy = replace(st, scale=scale, facts=[], parentheticals={})
    _facts_afresh(copy)
    return copy


def _facts_afresh(st: Statement) -> None:
    """``st``'s facts (its lines' and its parentheticals') read again from its lines as they now stand."""
    st.facts = []
    _facts(st)
    st.facts.extend(parenthetical_facts(st))


def _year_to_date(kept: list[tuple[Table, str, str]], parsed: dict[int, list[ColumnDate]],
                  header_fye: str | None, out: Extraction) -> None:
    """Year-to-date columns whose heading miscounts the months ("nine months" ending six months
    after the declared fiscal year end) are read from the fiscal year's start, and say so."""
    if not header_fye:
        return
    fye = (int(header_fye[:2]), int(header_fye[2:]))
    for table, code, _ in kept:
        if code == StatementKind.BS:
            continue
        cols = parsed[id(table)]
        for i, c in enumerate(cols):
            months = year_to_date_months(c, fye)
            if months is None:
                continue
            cols[i] = replace(c, months=months)
            out.warnings.append(
                f"{table.where}: column {i + 1} is headed {c.months} months but ends {c.end}, {months} months "
                f"after the fiscal year end the filing declares ({fye[0]:02d}-{fye[1]:02d}): read as the "
                f"{months} months from the start of the fiscal year")


def _without_summaries(found: list[tuple[Table, str, str, bool]], summaries: set[int],
                       out: Extraction) -> list[tuple[Table, str, str, bool]]:
    """``found`` without the tables titled as a summary of operations when a table of the filing is
    titled as the income statement itself (a 10-K's ten-year summary beside its statements); an
    earnings release printing its income statement under "CONSOLIDATED SUMMARY OF OPERATIONS"
    keeps it."""
    proper = next((t for t, code, _, by_title in found
                   if code == StatementKind.IS and by_title and id(t) not in summaries), None)
    if proper is None:
        return found
    out.skipped.extend((t.where, f"titled as a summary of operations, beside the income statement titled as "
                                 f"one ({proper.where})") for t, _, _, _ in found if id(t) in summaries)
    return [f for f in found if id(f[0]) not in summaries]


def _company_line(found: list[tuple[Table, str, str]]) -> str | None:
    """The registrant's name as statement titles print it ("APPLE COMPUTER, INC.")."""
    for table, _, _ in found:
        for line in table.title:
            if re.search(r"\b(inc|corp|corporation|company|co|ltd|llc|plc|group|holdings)\b\.?", line, re.I) \
                    and len(line) < 80:
                return line
    return None


# the line that closes a statement: none after it continues it on the next page (taxonomy_map/reader_words.csv)
_CLOSING: dict[str, re.Pattern[str]] = {
    StatementKind(code): re.compile(rx, re.I) for code, rx in taxonomy_map.reader_words()["statement_closing"].items()}
_DATED = re.compile(r"\b(?:19|20)\d\d\b")


def _same_headings(a: Table, b: Table) -> bool:
    return [h.lower() for h in a.headers] == [h.lower() for h in b.headers]


def _still_open(prev: Table, code: str) -> re.Pattern[str] | None:
    """The line that closes a statement ``code`` when the table ``prev`` of it has not printed one yet."""
    closing = _CLOSING.get(code)
    return None if closing is None or any(closing.search(r.label) for r in prev.value_rows()) else closing


def _titled_parenthetical(table: Table) -> bool:
    """Is ``table`` titled as a statement's "(Parenthetical)" table?"""
    return any(PARENTHETICAL.search(x) for x in table.title[-4:])


def _next_part(prev: tuple[Table, str, str, bool], table: Table) -> bool:
    """Does ``table``, which names no statement, look like the next part of the statement table
    ``prev``: the next table of the same document, under the same column headings, printing the
    line that closes the statement where ``prev`` prints none, its row labels typical of that
    statement as much as of any other (a cash-flow statement's financing activities and closing cash
    over a page break, headed by the years again and titled only by the page's running head), or
    under no column headings and no title at all? It is kept only if it joins the statement
    (:func:`_merge_continuations`)."""
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


def _counts_below(prev: tuple[Table, str, str, bool], table: Table) -> bool:
    """Is ``table`` an income statement's share counts or per-share lines printed in a small table
    of their own right under it ("Shares used in computing earnings per share:" over "Basic" and
    "Diluted"; "Basic earnings per share" and "Diluted earnings per share" under no title): the
    next table of the same document, under the same column headings, under none, or under only
    the years those headings print, and either titled by its nearest line as share counts, each of
    its lines a whole number, or titled by nothing or as per-share figures, each of its lines (under
    that title) a per-share figure or a share count? It is kept only if it joins the statement, the
    title line heading its lines there (:func:`_merge_continuations`)."""
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


# "Basic", "Diluted", "Basic and diluted": a per-share line or share count named by its basis alone
_BASIS = re.compile(taxonomy_map.reader_words()["line_word"]["basis"], re.I)
# "Per share data:", "Earnings per share:": a title line heading per-share lines
_PER_SHARE_HEADING = re.compile(taxonomy_map.reader_words()["heading_word"]["per_share"], re.I)
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


def _merge_continuations(
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
            aside = _titled_parenthetical(table)
            if prev_code == code and not starts and consolidated_below(prev, table, last.get(id(prev), prev.index)):
                widened = with_consolidated_columns(prev, table)
                last[id(widened)] = table.index
                out[-1] = (widened, code, prev_reason + f"; its consolidated lines in table {table.index + 1}",
                           prev_by_title)
                continue
            if prev_code == code and not starts and not aside and _continues(
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


def _by_year_end(header: str, col: ColumnDate, title: str, printed: tuple[date, ...],
                 year_end: tuple[int, int] | None) -> ColumnDate:
    """A column nothing else dated, dated by the fiscal year end the SEC header declares
    (``year_end``): a whole year's, or one of no stated length, ends on it; a quarter named by its
    number ("Fourth Quarter" over "1997"), a half or nine months end a whole number of quarters
    after the year end before (:func:`ordinal_quarter`); any other column stays as it was."""
    if col.end is not None or year_end is None:
        return col
    if col.months in (None, 12) and col.weeks is None:
        return parse_column(header, title, printed, year_end)
    if col.months:
        return ordinal_quarter(header, year_end, title, col.months) or col
    return col


def _statement(
    table: Table, code: str, reason: str, cols: list[ColumnDate], out: Extraction,
    overrides: Overrides | None = None, company: frozenset[str] = frozenset(),
    company_marks: tuple[frozenset[str], bool] = (frozenset(), False), earlier: list[Statement] | None = None,
    aside: bool = False,
) -> Statement | None:
    title = " ".join(table.title)
    scale = detect_scale(title)
    if not scale.stated:
        scale = detect_scale(" ".join(table.headers))
    if not scale.stated:  # a footnote under the figures, else one sentence for all the document's tables
        scale = footer_scale(table.notes, lambda line: any(titled_as([line], c) for c in StatementKind))
    if not scale.stated and table.position < 0:  # a text table: the prose above it
        scale = document_scale("\n".join(table.document.text.split("\n", table.first_line)[:-1]))
    periods: list[Period | None] = []
    percent = [_column_is_percent(table, i) for i in range(len(cols))]
    for i, c in enumerate(cols):
        if percent[i]:
            periods.append(None)
            continue
        periods.append(_own_range(table.headers[i], code) or _title_range(table.headers, i, title, code)
                       or resolve(c, code == StatementKind.BS, out.calendar))
    hypothetical = {i for i, p in enumerate(periods) if p is not None and _HYPOTHETICAL.search(table.headers[i])}
    for i in sorted(hypothetical):
        periods[i] = None
        out.warnings.append(f"{table.where}: column {i + 1} ({table.headers[i]!r}) prints figures as they would "
                            f"have been, not as reported; its values are not exported")
    if not any(periods):
        out.skipped.append((table.where, f"a {code} table whose columns name no dates"))
        return None
    for i, kept in superseded_columns(table.headers, periods).items():
        periods[i] = None
        hypothetical.add(i)  # said here, not again as a column without a period
        out.warnings.append(f"{table.where}: column {i + 1} ({table.headers[i]!r}) prints the figures the "
                            f"restated column {kept + 1} supersedes; its values are not exported")
    dated = periods
    periods = _entity_columns(table, periods, out)
    if code == StatementKind.BS:
        periods = _repeated_dates(table, periods, out)
        periods = _dates_read_before(table, periods, earlier or [], out)
    # entity columns and dates an earlier balance sheet reads are said so: not again as columns with no period
    hypothetical |= {i for i, (was, now) in enumerate(zip(dated, periods, strict=True)) if was and not now}
    shares = ratio_columns(table, periods, percent) if code == StatementKind.IS else {}
    for i, p in enumerate(periods):
        if i in shares:
            out.warnings.append(f"{table.where}: column {i + 1} ({table.headers[i]!r}) prints each line's "
                                f"share of {share_base(table, shares)} for {shares[i].key()}: exported as ratios")
        elif p is None and i not in hypothetical:
            out.warnings.append(f"{table.where}: column {i + 1} ({table.headers[i]!r}) has no "
                                f"period; its values are not exported")
    table, sector_summed = _without_sectors(table, code, out)
    table = _without_footnote_block(table, out)
    cells = ratio_cells(table, shares)
    table = _without_columns(table, {i for i, p in enumerate(periods) if p is None})
    lines, sums = build_lines(table, code, overrides, company, *company_marks, aside=aside)
    st = Statement(StatementKind(code), table, reason, periods, scale, lines, sums, aside=aside)
    st.sector_summed = sector_summed
    if cells:
        st.ratio_periods, st.ratio_cells = shares, cells
        st.ratio_lines = ratio_lines(lines, cells, share_base(table, shares))
    sign_lines(st)
    return st


def _printed_value(cell: Cell | None) -> object:
    return cell.printed.value if cell is not None else None


def _repeated_dates(table: Table, periods: list[Period | None], out: Extraction) -> list[Period | None]:
    """A balance sheet cannot print two different columns for one date: a repeated date heading
    (a misprint: "JULY 31, 2000" twice) on a later column is the fiscal year end before it, as a
    quarterly balance sheet compares with the last year end."""
    fixed = list(periods)
    for i, p in enumerate(periods):
        if p is None or p not in periods[:i]:
            continue
        first = periods.index(p)
        if _named_apart(table, [first, i]):
            continue  # entity columns, not a repeated date
        same = all(_printed_value(r.cells[i]) == _printed_value(r.cells[first]) for r in table.value_rows())
        prior = out.calendar.fiscal_year_end_near(p.end)
        if same or prior is None or Period(prior) in periods:
            continue
        fixed[i] = Period(prior)
        out.warnings.append(f"{table.where}: column {i + 1} repeats the date of column {first + 1} "
                            f"({p.end}) with other values; read as the fiscal year end before it, {prior}")
    return fixed


def _dates_read_before(table: Table, periods: list[Period | None], earlier: list[Statement],
                       out: Extraction) -> list[Period | None]:
    """A second balance sheet of other dates (the interim one after the audited year ends) keeps
    only its own dates: a date an earlier balance sheet prints is read there, the first printed."""
    taken = {p for st in earlier for p in st.periods if p is not None}
    if not taken or not any(p is not None and p not in taken for p in periods):
        return periods
    for i, p in enumerate(periods):
        if p is not None and p in taken:
            out.warnings.append(f"{table.where}: column {i + 1} ({p.end}) is read from the earlier balance "
                                f"sheet that prints the same date; not exported twice")
    return [None if p in taken else p for p in periods]


def _named_apart(table: Table, cols: list[int]) -> bool:
    """Do the headers of ``cols`` differ in words, not only in numbers ("Parent" / "Consolidated")?"""
    names = {" ".join(re.sub(r"[\d,.$()/-]+", " ", table.headers[i]).lower().split()) for i in cols}
    return len(names) == len(cols)


def _entity_columns(table: Table, periods: list[Period | None], out: Extraction) -> list[Period | None]:
    """Side-by-side entity columns (parent / subsidiary / eliminations / consolidated; Automotive /
    Financial Services) print several columns for one period: only a consolidated (or total)
    column gives the plain facts; without one, none of them does."""
    fixed = list(periods)
    for p in dict.fromkeys(p for p in periods if p is not None):  # column order: warnings in a stable order
        cols = [i for i, q in enumerate(periods) if q == p]
        if len(cols) < 2 or not _named_apart(table, cols):
            continue  # not told apart by name: a period misread, not entities
        whole = [i for i in cols if CONSOLIDATED.search(table.headers[i])]
        keep = whole[-1:] if whole else []
        for i in cols:
            if i not in keep:
                fixed[i] = None
        shown = ", ".join(repr(table.headers[i]) for i in cols)
        out.warnings.append(
            f"{table.where}: columns {shown} share the period {p.key()}: entity columns; "
            + (f"only the consolidated column {keep[0] + 1} is exported" if keep
               else "none is consolidated, so none is exported"))
    return fixed


_RANGE = re.compile(r"\bfrom\b(?P<start>.+?)\b(to|through)\b(?P<end>.+)", re.I)


# a column's heading naming the two dates of its range, with or without "from" before the first
_HEADER_RANGE = re.compile(r"(?P<start>.*?)\b(?:to|through|thru)\b(?P<end>.+)", re.I)


def _own_range(header: str, code: str) -> Period | None:
    """A column headed by both its dates: "From June 6, 2023 (Inception) to August 31, 2023",
    "Successor March 1, 2024 through December 31, 2024", "January 1 through February 29, 2024" (the
    first date's year left to the second's: the latest year before it)."""
    m = _HEADER_RANGE.search(header) if code != StatementKind.BS else None
    if m is None:
        return None
    start, end = find_dates(m["start"]), find_dates(m["end"])
    if len(end) != 1:
        return None
    if not start:  # "January 1 through February 29, 2024": the start's year is the end's, or the one before
        start = find_dates(f"{m['start'].rstrip(' ,')}, {end[0].year}")
        if len(start) == 1 and start[0] >= end[0]:
            start = find_dates(f"{m['start'].rstrip(' ,')}, {end[0].year - 1}")
    if len(start) == 1 and start[0] < end[0]:
        return Period(end[0], start[0])
    return None


# the days from a 53-week year's first day to its last
_LONGEST_YEAR_DAYS = 53 * 7 - 1


def _title_range(headers: list[str], i: int, title: str, code: str) -> Period | None:
    """A year-only column that the title dates as a range of a year or less: "YEAR ENDED DECEMBER 31,
    1997 AND PERIOD FROM JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996" over ``1997  1996``: the
    1996 column is June 3 to December 31, 1996 (the year of no other column); "PERIOD FROM JANUARY
    5, 1995 (INCEPTION) TO DECEMBER 31, 1995" over ``1995`` alone starts on January 5. A range of
    more than a 53-week year (a development-stage company's cumulative column) dates no year."""
    year = re.fullmatch(r"\D*?((?:19|20)\d\d)\D*", headers[i])
    if code == StatementKind.BS or year is None or find_dates(headers[i]):
        return None
    if sum(1 for h in headers if re.fullmatch(rf"\D*?{year[1]}\D*", h)) != 1:
        return None
    for m in _RANGE.finditer(title):
        start, end = find_dates(m["start"]), find_dates(m["end"])
        if start and end and end[0].year == int(year[1]) and start[-1] < end[0] \
                and (end[0] - start[-1]).days <= _LONGEST_YEAR_DAYS:
            return Period(end[0], start[-1])
    return None


def _without_columns(table: Table, drop: set[int]) -> Table:
    """The table with the cells of columns that have no period emptied ("% of Revenues"), so a
    row's unit and the printed sums are read from the exported columns only."""
    if not drop:
        return table
    rows = [replace(r, cells=[None if i in drop else c for i, c in enumerate(r.cells)]) for r in table.rows]
    return replace(table, rows=rows)


def _without_footnote_block(table: Table, out: Extraction) -> Table:
    """The table without the footnote block printed below the statement's lines (the note's
    breakdown of a figure: an allocation, segments, categories); the block left out is reported."""
    first = footnote_block(table.rows)
    if first is None:
        return table
    last = table.rows[-1]
    out.warnings.append(
        f"{table.where}: lines {table.file_line(table.rows[first].line)}-{table.file_line(last.line)} are a "
        f"footnote's breakdown printed "
        f"below the statement ({table.rows[first].label!r}), not lines of the statement; not exported")
    return replace(table, rows=table.rows[:first])


def _without_sectors(table: Table, code: str, out: Extraction) -> tuple[Table, frozenset[int]]:
    """The table without its sector sections (one business's lines, not consolidated figures),
    and the rows left (their new indices) whose printed totals add up lines of those sections
    ("Total assets" = the sectors' totals); each section left out is reported."""
    sectors = sector_sections(table.rows)
    if not sectors:
        return table, frozenset()
    left_out = {i for s in sectors for i in range(s.first, s.last + 1)}
    # the claims side never sums the assets (as build_lines reads the statement)
    barriers = frozenset(r.index for r in table.value_rows() if code == StatementKind.BS
                         and re.match(r"total\s+assets\s*$", r.label, re.I))
    summed_old = {s.total for s in find_sums(table.rows, [r.index for r in table.value_rows()], barriers)
                  if any(i in left_out for i, _ in s.parts) and s.total not in left_out}
    for s in sectors:
        out.warnings.append(
            f"{table.where}: lines {table.file_line(table.rows[s.first].line)}-"
            f"{table.file_line(table.rows[s.last].line)} are the {s.name!r} "
            f"section (closed by {table.rows[s.last].label!r}): one sector's figures, not consolidated "
            f"facts; not exported")
    rows = [r for r in table.rows if not any(r.index in s for s in sectors)]
    summed = frozenset(i for i, r in enumerate(rows) if r.index in summed_old)
    return replace(table, rows=[replace(r, index=i) for i, r in enumerate(rows)]), summed


# the concepts a cash-flow statement starts from (net income): taxonomy_map/structure.csv
_CASH_FLOW_START = frozenset(taxonomy_map.structure()["cash_flow_start"])


def sign_lines(st: Statement) -> None:
    """Each line's sign factor, from its concept's balance and the printed totals."""
    inputs: dict[int, signs.SignInput] = {}
    in_sum = _extension_balances(st)
    for ln in st.lines:
        info = concept_info(ln.choice.concept) if ln.choice.concept else None
        if info is None and ln.unit_kind == UnitKind.MONETARY and ln.choice.alternatives:
            # an extension concept takes the balance type of the closest us-gaap concept
            info = concept_info(ln.choice.alternatives[0].concept)
        ln.balance = info.balance if info else ""
        if _retired(st, ln):
            ln.balance = "credit"
        elif ln.row.index in in_sum:
            ln.balance = in_sum[ln.row.index]
        if st.code == StatementKind.CF and not ln.choice.concept and not ln.balance \
                and OUTFLOW.search(ln.display_label):
            ln.balance = "credit"  # an extension named "Payments for ...": an outflow
        balance = ln.balance
        if st.code == StatementKind.CF and info is not None and info.name in _CASH_FLOW_START:
            balance = "debit"  # net income starts the cash flows: it adds to them like an inflow
        inputs[ln.row.index] = signs.SignInput(
            balance, negative_shown(ln.row), st.code, ln.zone, bool(REVERSES.search(ln.label)),
            bool(LOSS_NAMED.search(ln.display_label)) and not any_negative_shown(ln.row),
            bool(RECEIPT_NAMED.search(ln.display_label)) and not any_negative_shown(ln.row),
        )
    factor, reason = signs.factors(len(st.table.rows), st.sums, inputs)
    for ln in st.lines:
        ln.factor = factor.get(ln.row.index, 1)
        ln.sign_reason = reason.get(ln.row.index, "")


_OPPOSITE = {"debit": "credit", "credit": "debit"}


def _retired(st: Statement, ln: Line) -> bool:
    """An income-statement extension line of an item us-gaap has retired (an extraordinary item, the
    cumulative effect of an accounting change): income or loss either way, a credit whatever total it
    adds into."""
    return (st.code == StatementKind.IS and not ln.choice.concept and ln.unit_kind == UnitKind.MONETARY
            and bool(RETIRED_ITEM.search(ln.label)))


def _extension_balances(st: Statement) -> dict[int, str]:
    """The balance type of each extension line that is a part of a printed total: the one that
    makes the total's printed arithmetic hold with the line's figures stored as magnitudes (the
    total's own balance for a part added as printed, the opposite for a part deducted or printed
    in parentheses). The closest us-gaap concept of a line no concept fits may be of any kind
    (an operating-expense line under a revenue concept, a revenue line under an expense one): its
    balance would store the figures of a part negated against the total they add up to."""
    lines = {ln.row.index: ln for ln in st.lines}
    parent = {i: (s.total, w) for s in st.sums for i, w in s.parts}
    out: dict[int, str] = {}

    def balance(i: int, depth: int = 0) -> str:
        ln = lines.get(i)
        if ln is None or depth > len(lines):
            return ""
        if ln.choice.concept:
            info = concept_info(ln.choice.concept)
            return info.balance if info else ""
        if _retired(st, ln):
            return "credit"
        if i in out:
            return out[i]
        if ln.unit_kind != UnitKind.MONETARY or i not in parent:
            return ""
        total, weight = parent[i]
        above = balance(total, depth + 1) or signs.total_balance(st.code)
        if not above:
            return ""
        shown = -1 if negative_shown(ln.row) else 1
        out[i] = above if weight * shown > 0 else _OPPOSITE[above]
        return out[i]

    for i in lines:
        balance(i)
    return out


def _name_extensions(statements: list[Statement]) -> None:
    used = set(standard_names())  # an extension named like a us-gaap element is rejected (EFM 6.7.16)
    by_label: dict[tuple[str, str, str], str] = {}
    ratio_names: dict[str, str] = {}
    for st in statements:
        named = _heading_named(st)
        for ln in st.lines:
            if ln.choice.concept:
                ln.concept = ln.choice.concept
                ln.prefix = "us-gaap"
                continue
            label = named.get(ln.row.index, ln.label)
            key = (st.code, label.lower(), ln.unit_kind)
            if key not in by_label:
                by_label[key] = extension_name(label, used)
            ln.concept = by_label[key]
            ln.prefix = ""  # the company prefix, filled in by the writer
        by_row = {ln.row.index: ln for ln in st.lines}
        for ratio in st.ratio_lines:
            amount = by_row[ratio.row.index].concept
            if amount not in ratio_names:  # the quarter's and the year's shares of one line: one concept
                ratio_names[amount] = ratio_name(amount, used)
            ratio.concept = ratio_names[amount]
            ratio.prefix = ""


def _heading_named(st: Statement) -> dict[int, str]:
    """The labels an extension is named from where one statement prints the same words on several
    of its extension lines ("Revenues: / Cloud services" and "Operating expenses: / Cloud services"):
    each such line is named from the heading it stands under and its label (issue class 11), so the
    second is neither a duplicate of the first nor in conflict with it."""
    seen: dict[tuple[str, UnitKind], list[Line]] = {}
    for ln in st.lines:
        if not ln.choice.concept:
            seen.setdefault((ln.label.lower(), ln.unit_kind), []).append(ln)
    repeated = [ln for same in seen.values() if len(same) > 1 for ln in same]
    if not repeated:
        return {}
    paths = heading_paths(st.table)
    named = {}
    for ln in repeated:
        # an inner total ("Total automotive revenues") closes no heading for the lines after it
        heading = next(iter((paths.get(ln.row.index) or [])[-1:]), "") or _heading_above(st.table, ln.row.index)
        if heading:
            named[ln.row.index] = f"{heading.rstrip(' :')} {ln.label}"
    return named


def _heading_above(table: Table, index: int) -> str:
    """The nearest heading row printed above row ``index``."""
    return next((r.label for r in reversed(table.rows[:index]) if r.is_heading), "")


_SHARES_HEADING = re.compile(taxonomy_map.reader_words()["heading_word"]["shares"], re.I)  # over share counts


def _facts(st: Statement) -> None:
    scale = st.scale
    st.sign_fixes = sign_fixes(st)  # a figure the document's arithmetic says lost its parentheses
    for ln in st.lines:
        power = {UnitKind.MONETARY: scale.money, UnitKind.SHARES: scale.shares, UnitKind.PER_SHARE: scale.per_share,
                 UnitKind.PERCENT: -2}[ln.unit_kind]  # a percentage is printed at 10**-2 of its fraction
        own = detect_scale(f"{ln.row.parent_label} {ln.row.label}")
        heading = detect_scale(ln.row.section) if _SHARES_HEADING.search(ln.row.section) else None
        if ln.unit_kind in (UnitKind.MONETARY, UnitKind.SHARES) and own.stated:
            power = own.money  # the line says its own scale: "(in thousands)"
        elif ln.unit_kind == UnitKind.SHARES and heading is not None and heading.stated:
            power = heading.money  # the heading over share counts says theirs: "Weighted Average Shares (000s)"
        places_row = max((c.printed.places for c in ln.row.cells if c is not None), default=0)
        opened = opened_above(st, ln)
        for col, cell in enumerate(ln.row.cells):
            if cell is None or col >= len(st.periods):
                continue
            period = st.periods[col]
            if period is None:
                continue
            if ln.instant_at is not None:
                period = balance_date(ln.instant_at, period, opened)
            p = cell.printed
            fix = st.sign_fixes.get((ln.row.index, col))
            st.facts.append(new_fact(
                concept=ln.concept, prefix=ln.prefix, period=period, unit=UNIT_OF_KIND[ln.unit_kind],
                displayed=p.value if fix is None else fix.corrected, places=p.places if not p.dash else places_row,
                power=power,
                factor=ln.factor, statement=st.code, table=st.table.index, row=ln.row.index, column=col,
                line=cell.line, raw=cell.text, label=ln.display_label, sign_reason=ln.sign_reason,
                where=locate(st.table, cell, cell.line),
            ))
    _ratio_facts(st)


def _ratio_facts(st: Statement) -> None:
    """The shares of sales printed beside the amounts, as pure facts of the amounts' periods."""
    for ln in st.ratio_lines:
        for col, cell in st.ratio_cells.get(ln.row.index, {}).items():
            st.facts.append(new_fact(  # a percentage: stored as a fraction (66.34 -> 0.6634)
                concept=ln.concept, prefix=ln.prefix, period=st.ratio_periods[col], unit=UNIT_OF_KIND[ln.unit_kind],
                displayed=cell.printed.value, places=cell.printed.places, power=-2, statement=st.code,
                table=st.table.index, row=ln.row.index, column=col, line=cell.line, raw=cell.text,
                label=ln.display_label, sign_reason="a ratio as printed", where=locate(st.table, cell, cell.line),
            ))
