"""From a filing to statements: find the tables, classify them, resolve periods, build facts.

This is the reading half of the pipeline; nothing here writes files. The order is here; the steps
are their own modules: a statement titled inside the table before it (``inner_titles``), a
statement printed over several tables (``continuations``), the period of
each column (``column_periods``), one table read as a statement (``statement_table``), its lines'
signs (``line_signs``), concept names (``extension_names``) and facts (``statement_facts``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from exporter.check.cross import cross_findings, printed_share_counts, unstated_scales
from exporter.kinds import EXPORTED, StatementKind
from exporter.map import mapping
from exporter.map.overrides import Overrides
from exporter.read.documents import Document, Filing, ParsedDocument
from exporter.read.tables import Table
from exporter.read.text_tables import text_tables
from exporter.understand.balance_dates import equity_balance_dates
from exporter.understand.choice import choose, runners_up
from exporter.understand.column_periods import (
    by_year_end,
    declared_year_end,
    quarterly_report,
    release_period,
    reported_period_end,
    year_to_date_columns,
)
from exporter.understand.conflicts import drop_conflicts, give_way_across
from exporter.understand.continuations import may_continue, merge_continuations, titled_parenthetical
from exporter.understand.eras import of_their_era
from exporter.understand.extension_names import name_extensions
from exporter.understand.extraction import Extraction
from exporter.understand.facts import name_words
from exporter.understand.inner_titles import move_inner_titles
from exporter.understand.line_signs import held_extension_balances, sign_lines
from exporter.understand.periods import (
    ColumnDate,
    FiscalCalendar,
    cover_period_end,
    dates_by_position,
    find_dates,
    fiscal_year_names,
    infer_calendar,
    lengths_by_position,
    parse_column,
    quarters_by_year,
    shared_month_day,
    snap,
    to_date_through_quarters,
)
from exporter.understand.readings import Reading, decide
from exporter.understand.records import Statement
from exporter.understand.repeats import cash_flow_start, same_lines
from exporter.understand.scale import Scale
from exporter.understand.sign_refuted import give_way
from exporter.understand.statement_facts import facts_afresh
from exporter.understand.statement_table import read_statement
from exporter.understand.statements import classify
from exporter.understand.unread import unread_statements

SKIP_TYPES = re.compile(r"^(EX-27|EX-101|GRAPHIC|ZIP|PDF|XML|JSON|EXCEL)", re.I)


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


def extract(filing: Filing, overrides: Overrides | None = None) -> Extraction:
    out = Extraction()
    found: list[tuple[Table, str, str, bool]] = []
    fragments: dict[int, str] = {}  # id of a short "(continued)" table -> why it is no statement alone
    seen_text: set[int] = set()
    balances: list[date] = []  # the dates statements of equity print balances at
    summaries: set[int] = set()  # ids of tables titled as a summary of operations
    titled: list[tuple[Table, str]] = []  # tables a title names as a statement: said when none is read
    for doc in filing.documents:
        if doc.doc_type and SKIP_TYPES.match(doc.doc_type):
            continue
        if hash(doc.text) in seen_text:
            continue  # the same document filed twice in one submission
        seen_text.add(hash(doc.text))
        document = read_document(doc)
        out.parsed.append(document)
        move_inner_titles(document.tables)  # a statement titled inside the table before it
        for table in document.tables:
            cls = classify(table)
            # a statement of equity's balances, also where its net income and comprehensive lines
            # read it as another statement's, and a roll-forward's ("Balance, December 28, 1997"):
            # the year ends a 52/53-week company prints only there
            dated_balances = equity_balance_dates(table)
            if cls.statement == StatementKind.EQ or len(dated_balances) >= 2:
                balances.extend(dated_balances)
            if cls.statement in EXPORTED:
                found.append((table, cls.statement, cls.reason, cls.by_title))
                if cls.by_title:
                    titled.append((table, cls.statement))
                if cls.summary:
                    summaries.add(id(table))
            elif cls.statement is None and found and may_continue(found[-1], table):
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
    merged = merge_continuations(found)
    out.skipped.extend((t.where, fragments[id(t)]) for t, _, _, _ in merged if id(t) in fragments)
    merged = [m for m in merged if id(m[0]) not in fragments]
    # a statement's "(Parenthetical)" table is never the statement itself: read beside it (_asides)
    parenthetical = [m for m in merged if titled_parenthetical(m[0])]
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
    # (else a quarterly or annual report's period of report in its SEC header)
    # (else, in an earnings release, the period its text says it reports: "the second quarter ended ...")
    cover = next((d for doc in out.documents if (d := cover_period_end(doc.text))), None) \
        or reported_period_end(filing.header) \
        or release_period(filing.header, (doc.text for doc in out.documents))
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
    year_end = declared_year_end(fye) if fallback is None else None
    quarterly = quarterly_report(filing.header)

    # the quarters named by their number, by year: a year to date of that year ends with its quarter
    quarters: dict[str, ColumnDate] = {}
    headings_read: dict[int, tuple[Table, list[str], list[ColumnDate], list[ColumnDate]]] = {}

    def column_headings(table: Table) -> tuple[list[str], list[ColumnDate], list[ColumnDate]]:
        """Each column's heading, its period as the heading alone dates it and as the document's
        clues date it, read once per table; the quarters a number names among them join ``quarters``."""
        if id(table) not in headings_read:
            headers = lengths_by_position(table.headers, table.title)
            headers = fiscal_year_names(dates_by_position(headers, table.title), cover)
            title = " ".join(table.title)
            heads = [parse_column(h, title, printed, fallback) for h in headers]
            dated = [by_year_end(h, c, title, printed, year_end, quarterly)
                     for h, c in zip(headers, heads, strict=True)]
            for y, q in quarters_by_year(headers, heads, dated).items():
                quarters.setdefault(y, q)
            headings_read[id(table)] = (table, headers, heads, dated)
        _, headers, heads, dated = headings_read[id(table)]
        return headers, heads, dated

    def columns(table: Table) -> list[ColumnDate]:
        return to_date_through_quarters(*column_headings(table), quarters)

    for table, _, _ in kept:  # every statement's quarters, before a year to date is dated by one
        column_headings(table)
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
    year_to_date_columns(kept, parsed, filing.header.fiscal_year_end, out)
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
                year_to_date_columns([kind], parsed, filing.header.fiscal_year_end, Extraction())
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
            name_extensions([*out.statements, aside])
            facts_afresh(aside)
            out.statements.append(aside)
    read_aside = {id(st.table) for st in out.statements if st.aside}
    out.skipped.extend((t.where, f"a {code} statement's parenthetical table with no {code} statement before it")
                       for t, code, _, _ in parenthetical if id(t) not in read_aside)
    for st in of_their_era([st for st in out.statements if not st.aside]):  # a concept of the statement's era
        sign_lines(st)
        facts_afresh(st)
    # one concept printed with other figures elsewhere (a parenthetical's figure that differs is a conflict)
    for st in give_way_across([st for st in out.statements if not st.aside]):
        sign_lines(st)
        facts_afresh(st)
    for st, held in held_extension_balances(out.statements):  # as re-signed: still the first statement's
        sign_lines(st, held)
        facts_afresh(st)
    out.findings = cross_findings(out.statements)  # before conflicts are dropped: they are evidence
    out.findings += decided
    out.findings += unread_statements(titled, out.statements, out.skipped)
    drop_conflicts(out.statements, out.warnings, out.findings)
    return out


def _read(kept: list[tuple[Table, str, str]], parsed: dict[int, list[ColumnDate]], calendar: FiscalCalendar,
          overrides: Overrides | None, company: frozenset[str], company_marks: tuple[frozenset[str], bool]) -> Reading:
    """The statements of the ``kept`` tables, with what reading them said: one whole reading."""
    out = Extraction(calendar=calendar)
    for table, code, reason in kept:
        st = read_statement(table, code, reason, parsed[id(table)], out, overrides, company, company_marks,
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
    name_extensions(out.statements)
    for st, held in held_extension_balances(out.statements):
        sign_lines(st, held)  # an extension concept is of one balance type: the first statement's
    for st in out.statements:
        facts_afresh(st)
    # a statement that states no scale takes the scale of one its figures agree with
    for st in out.statements:
        agreed = unstated_scales(out.statements).get(id(st))
        if agreed is not None:
            other, why = agreed
            st.scale = replace(other.scale, source=f"no scale printed; {why}", stated=False)
            out.warnings.append(f"{st.table.where}: no scale printed; read at the scale of {other.table.where} "
                                f"because {why}")
            facts_afresh(st)
    for st in out.statements:
        in_full = printed_share_counts(st)
        if in_full is not None:
            st.scale = replace(st.scale, shares=0, source=f"{st.scale.source}; share counts as printed: {in_full}")
            out.warnings.append(f"{st.table.where}: share counts read as printed, not at the stated scale, "
                                f"because {in_full}")
            facts_afresh(st)
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
    st = read_statement(table, code, reason, cols, out, overrides, company, company_marks, aside=True)
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
    facts_afresh(copy)
    return copy


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

